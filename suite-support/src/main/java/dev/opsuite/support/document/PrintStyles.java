package dev.opsuite.support.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The stylesheet every printed document of the suite shares ({@code print.css} beside this class): a template puts it
 * in its {@code <style>} unescaped, after its own {@code @page} rule and before its own blocks.
 */
public final class PrintStyles {

    private static final String CSS = load();

    private PrintStyles() {
    }

    public static String css() {
        return CSS;
    }

    private static String load() {
        try (InputStream in = PrintStyles.class.getResourceAsStream("print.css")) {
            if (in == null) {
                throw new IllegalStateException("print.css is not beside PrintStyles on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
