package org.jiandu.search.internal;

import org.eclipse.osgi.util.NLS;

/**
 * User-facing messages of the search service: refusals and query errors, shown to the user as they are, so they
 * are sentences in the UI's language (zh_CN in a Chinese locale), never internal codes.
 */
public final class SearchMessages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.search.internal.searchMessages";

    public static String denied_read;
    public static String no_document;
    public static String no_org;
    public static String folder_not_indexed;
    public static String bad_tag;
    public static String at_position;
    public static String query_empty;
    public static String or_sides;
    public static String excluded_or;
    public static String needs_included;
    public static String minus_before;
    public static String quote_start;
    public static String field_value;
    public static String form_value;
    public static String year_value;
    public static String unknown_field;
    public static String quote_open;
    public static String empty_quotes;
    public static String fuzzy_edits;
    public static String wildcard_letter;
    public static String wildcard_complex;
    public static String phrase_breaks;
    public static String term_units;
    public static String no_letters;
    public static String too_many;
    public static String page_n;
    public static String xlsx_term;
    public static String xlsx_hits;
    public static String xlsx_summary;
    public static String xlsx_document;
    public static String xlsx_page;
    public static String xlsx_matrix;
    public static String index_unreadable;
    public static String index_unwritable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, SearchMessages.class);
    }

    private SearchMessages() {
    }
}
