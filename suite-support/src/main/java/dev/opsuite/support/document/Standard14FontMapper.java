package dev.opsuite.support.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Maps the 14 standard PDF fonts (Helvetica, Times, Courier, Symbol, ZapfDingbats) to Liberation Sans,
 * the font PDFBox ships in its jar, without looking at the machine's fonts; anything else goes to
 * PDFBox's own mapper.
 *
 * <p>Why: Open HTML to PDF creates all 14 standard fonts for every document. PDFBox's default mapper
 * then scans the operating system's fonts once (and writes a cache file, {@code ~/.pdfbox.cache}),
 * and on a machine without Helvetica or its usual substitutes (a slim container) logs a warning for
 * each of the 14 fonts of every document. The standard fonts are not embedded: their widths come
 * from the metrics PDFBox bundles, and this mapping only answers which characters they can show
 * (Windows-1252) — the same answer on every machine.
 *
 * <p>PDFBox holds one font mapper per JVM; {@link #install(byte[])} replaces it only while it is still
 * PDFBox's default.
 */
final class Standard14FontMapper implements FontMapper {

    private final FontMapper others;
    private final FontMapping<FontBoxFont> standard14;

    private Standard14FontMapper(FontMapper others, TrueTypeFont font) {
        this.others = others;
        this.standard14 = new FontMapping<>(font, false);
    }

    /**
     * Makes this the JVM's PDFBox font mapper, unless someone already replaced the default one.
     *
     * @param liberationSans the TrueType file of Liberation Sans Regular
     */
    static synchronized void install(byte[] liberationSans) {
        FontMapper current = FontMappers.instance();
        if (current instanceof Standard14FontMapper
                || !"org.apache.pdfbox.pdmodel.font.FontMapperImpl".equals(current.getClass().getName())) {
            return;
        }
        TrueTypeFont font;
        try {
            font = new TTFParser().parse(new RandomAccessReadBuffer(liberationSans));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font for the standard PDF fonts", e);
        }
        FontMappers.set(new Standard14FontMapper(current, font));
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        if (baseFont != null && Standard14Fonts.containsName(baseFont)) {
            return standard14;
        }
        return others.getFontBoxFont(baseFont, fontDescriptor);
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return others.getTrueTypeFont(baseFont, fontDescriptor);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return others.getCIDFont(baseFont, fontDescriptor, cidSystemInfo);
    }
}
