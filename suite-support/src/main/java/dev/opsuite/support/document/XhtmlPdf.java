package dev.opsuite.support.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jboss.logging.Logger;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A printed document of the suite (a transfer dispatch note, a dispatch sheet) as PDF: Open HTML to PDF lays out the
 * well-formed XHTML a service's Qute template rendered (its print view) on A4 pages. Written once here; a service
 * that prints declares {@code openhtmltopdf-pdfbox} (this module has it as optional).
 *
 * <p>Thread-safe: every PDF gets its own renderer. Blocking and CPU-bound (tens of milliseconds): run it on a worker
 * thread, never the event loop.
 *
 * <p>Fonts: the text is set in the PDF standard fonts (Helvetica), which are not embedded and cover Windows-1252 only
 * (Western European letters, dashes, quotes). Any other character, e.g. the Č of "Černovice", falls back to
 * Liberation Sans Regular, the font PDFBox itself ships inside its jar; it is embedded as a subset of the glyphs
 * used, and only when some text needs it. Bold text falling back to it prints in regular weight. Characters that
 * font lacks too (e.g. CJK) print as "#".
 *
 * <p>The document is self-contained: loading anything external (images, stylesheets, fonts by URL) is refused.
 */
public final class XhtmlPdf {

    private static final Logger LOG = Logger.getLogger(XhtmlPdf.class);
    private static final String FALLBACK_FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String FALLBACK_FONT_FAMILY = "Liberation Sans";

    static {
        // Open HTML to PDF logs to its own JUL console handler by default, and traces thousands of lines
        // per document at FINEST: send its log to JBoss Logging and drop the tracing early.
        XRLog.setLoggerImpl(new JBossXRLogger());
        // The standard fonts map to PDFBox's bundled font: no scan of the machine's fonts, no warning per font.
        if (FallbackFont.BYTES != null) {
            Standard14FontMapper.install(FallbackFont.BYTES);
        }
    }

    private XhtmlPdf() {
    }

    /** The PDF of {@code xhtml}; {@code producer} names the service in the PDF's metadata. */
    public static byte[] render(String xhtml, String producer) {
        Document document = parse(xhtml);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(document, null)
                .withProducer(producer)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .toStream(out);
        byte[] fallbackFont = FallbackFont.BYTES;
        if (fallbackFont != null) {
            builder.useFont(() -> new ByteArrayInputStream(fallbackFont), FALLBACK_FONT_FAMILY, 400,
                    FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * The page as a DOM, by the JDK's own parser: Open HTML to PDF would otherwise look up SAX, DOM and
     * XSLT implementations on the class path (a scan of every jar) for each document. The template is
     * well-formed XHTML with a bare {@code <!DOCTYPE html>}; nothing external is ever loaded.
     */
    static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The template did not render well-formed XHTML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Liberation Sans Regular from the PDFBox jar, read once; null if it is not there (then characters
     * outside Windows-1252 print as "#").
     */
    private static final class FallbackFont {
        static final byte[] BYTES = load();

        private static byte[] load() {
            try (InputStream in = PdfRendererBuilder.class.getResourceAsStream(FALLBACK_FONT_RESOURCE)) {
                if (in == null) {
                    LOG.warnf("%s is not on the class path: characters outside Windows-1252 print as #",
                            FALLBACK_FONT_RESOURCE);
                    return null;
                }
                return in.readAllBytes();
            } catch (IOException e) {
                LOG.warn("Could not read the fallback font: characters outside Windows-1252 print as #", e);
                return null;
            }
        }
    }

    /**
     * Open HTML to PDF's log, through JBoss Logging under its own category names. Its INFO messages go
     * to DEBUG; its FINE..FINEST tracing (thousands of calls per document) is dropped without a lookup.
     */
    private static final class JBossXRLogger implements XRLogger {

        private final Map<String, Logger> loggers = new ConcurrentHashMap<>();

        @Override
        public void log(String where, Level level, String msg) {
            logger(where).log(level(level), msg);
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            logger(where).log(level(level), msg, th);
        }

        @Override
        public void setLevel(String logger, Level level) {
            // Levels come from the logging configuration: quarkus.log.category."com.openhtmltopdf".level
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            Level level = diagnostic.getLevel();
            return level.intValue() >= Level.INFO.intValue()
                    && logger(diagnostic.getLogMessageId().getWhere()).isEnabled(level(level));
        }

        private Logger logger(String where) {
            return loggers.computeIfAbsent(where, Logger::getLogger);
        }

        private static Logger.Level level(Level level) {
            int value = level.intValue();
            if (value >= Level.SEVERE.intValue()) {
                return Logger.Level.ERROR;
            }
            if (value >= Level.WARNING.intValue()) {
                return Logger.Level.WARN;
            }
            if (value >= Level.INFO.intValue()) {
                return Logger.Level.DEBUG;
            }
            return Logger.Level.TRACE;
        }
    }
}
