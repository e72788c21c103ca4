package org.jiandu.search.ui;

import org.eclipse.osgi.util.NLS;

/** UI text of the search module. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.search.ui.messages";

    public static String module_label;
    public static String query_hint;
    public static String search;
    public static String index_folder;
    public static String cancel;
    public static String col_title;
    public static String col_page;
    public static String col_township;
    public static String col_snippet;
    public static String total;
    public static String facets;
    public static String preview;
    public static String prev_hit;
    public static String next_hit;
    public static String open_original;
    public static String hit_of;
    public static String indexing;
    public static String index_done;
    public static String index_cancelled;
    public static String index_failures;
    public static String index_title;
    public static String page_n;
    public static String facet_township;
    public static String facet_year;
    public static String facet_type;
    public static String facet_form;
    public static String facet_case;
    public static String facet_ocr;
    public static String error;

    public static String export_selected;
    public static String export_done;
    public static String export_skipped;
    public static String newest_first;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
