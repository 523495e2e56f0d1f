package com.kaeru.backend.returns.label;

import com.kaeru.backend.platform.pdf.JapaneseFont;
import com.lowagie.text.pdf.BaseFont;

/** The label's font: the shared {@link JapaneseFont} (IPAex Gothic, parsed once, embedded as a subset). */
final class LabelFont {
    static final String RESOURCE = JapaneseFont.RESOURCE;

    private LabelFont() {
    }

    static BaseFont get() {
        return JapaneseFont.get();
    }
}
