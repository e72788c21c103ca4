package org.jiandu.tasks.ui;

/** A button's label as a title: without its mnemonic ("报告(&R)…" → "报告…", "&Report…" → "Report…"). */
final class Mnemonics {

    private Mnemonics() {
    }

    static String plain(String label) {
        return label.replaceAll("\\(&\\w\\)", "").replace("&", "");
    }
}
