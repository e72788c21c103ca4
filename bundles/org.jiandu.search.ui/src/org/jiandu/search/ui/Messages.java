package org.jiandu.search.ui;

import org.eclipse.osgi.util.NLS;

/** UI text of the search module. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.search.ui.messages";

    public static String module_label;
    public static String query_hint;
    public static String query_help;
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
    public static String close;
    public static String ocr_true;
    public static String ocr_false;

    public static String module_cases;
    public static String module_batch;
    public static String col_star;
    public static String col_tags;
    public static String menu_star;
    public static String menu_unstar;
    public static String menu_tag;
    public static String menu_untag;
    public static String menu_reindex;
    public static String tag_prompt;
    public static String reindex_done;
    public static String folders;
    public static String folders_title;
    public static String col_folder;
    public static String col_org;
    public static String col_case;
    public static String col_last;
    public static String col_older;
    public static String reindex_folder;
    public static String results_title;
    public static String older_units_hint;
    public static String watch_update;
    public static String facet_tag;
    public static String form_n;
    public static String cases_filter;
    public static String status_any;
    public static String case_new;
    public static String case_edit;
    public static String case_import;
    public static String case_index;
    public static String case_search;
    public static String col_case_no;
    public static String col_subject;
    public static String col_rank;
    public static String col_category;
    public static String col_form;
    public static String col_filed;
    public static String col_closed;
    public static String col_status;
    public static String cases_count;
    public static String case_title;
    public static String case_undecided;
    public static String case_not_saved;
    public static String import_title;
    public static String import_bad;
    public static String import_good_rows;
    public static String import_done;
    public static String status_PRELIMINARY;
    public static String status_FILED;
    public static String status_TRIAL;
    public static String status_CLOSED;
    public static String batch_terms_hint;
    public static String batch_load;
    public static String batch_run;
    public static String batch_export;
    public static String col_term;
    public static String col_hits;
    public static String col_document;
    public static String batch_status;
    public static String batch_running;
    public static String batch_exported;

    public static String cases_none;
    public static String cases_count_in;
    public static String cases_none_filtered;
    public static String cases_none_readonly;
    public static String search_no_index;
    public static String search_no_hits;
    public static String batch_empty;
    public static String batch_no_hits;
    public static String batch_file_name;
    public static String index_target_hint;
    public static String index_target_org;
    public static String index_target_case;
    public static String index_target_case_hint;
    public static String index_start;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
