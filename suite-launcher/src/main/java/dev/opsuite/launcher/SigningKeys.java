package dev.opsuite.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The local token signing key pair: {@code private-key.pem} (PKCS#8) and {@code public-key.pem} (X.509
 * SubjectPublicKeyInfo), RSA 2048. Created on first use and reused afterwards. Keep the folder under .suite/ or
 * target/ — never commit it.
 */
public final class SigningKeys {

    static final String PRIVATE_KEY_FILE = "private-key.pem";
    static final String PUBLIC_KEY_FILE = "public-key.pem";

    private final Path publicKeyPem;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKeys(Path publicKeyPem, PrivateKey privateKey, PublicKey publicKey) {
        this.publicKeyPem = publicKeyPem;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Loads the pair from dir, creating it first when missing (safe when several JVMs race: file lock). */
    public static synchronized SigningKeys loadOrCreate(Path dir) throws IOException {
        Path folder = dir.toAbsolutePath().normalize();
        Files.createDirectories(folder);
        Path privatePem = folder.resolve(PRIVATE_KEY_FILE);
        Path publicPem = folder.resolve(PUBLIC_KEY_FILE);
        try (FileChannel lockChannel = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockChannel.lock()) {
            if (!Files.isRegularFile(privatePem) || !Files.isRegularFile(publicPem)) {
                KeyPair pair = generate();
                write(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
                write(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privatePem, "PRIVATE KEY")));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(readPem(publicPem, "PUBLIC KEY")));
            return new SigningKeys(publicPem, privateKey, publicKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("Invalid signing keys in " + folder + " (delete the folder to regenerate): " + e.getMessage(), e);
        }
    }

    /** Absolute path of public-key.pem (for mp.jwt.verify.publickey.location). */
    public Path publicKeyPem() {
        return publicKeyPem;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    private static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file, String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IOException(file + " is not a PEM file of type " + type);
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }

    private static void write(Path file, String content, boolean secret) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                ProjectLayout.permissions(secret ? 0600 : 0644)));
        Files.writeString(temp, content, StandardCharsets.US_ASCII);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
