package org.jiandu.tasks.ui;

import org.eclipse.osgi.util.NLS;

/** The tasks screens' texts; Chinese in a Chinese locale. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.tasks.ui.messages";

    public static String cannot_read;
    public static String cannot_write;
    public static String chart_title;
    public static String choose_file;
    public static String col_accountability;
    public static String col_body;
    public static String col_body_tasks;
    public static String col_category;
    public static String col_deadline;
    public static String col_issued;
    public static String col_kind;
    public static String col_list;
    public static String col_outcomes;
    public static String col_owner;
    public static String col_period;
    public static String col_place;
    public static String col_points;
    public static String col_problem;
    public static String col_published;
    public static String col_returns;
    public static String col_score;
    public static String col_signs;
    public static String col_stage;
    public static String col_status;
    public static String col_task;
    public static String col_tasks;
    public static String col_warning;
    public static String copy_confirm;
    public static String copy_do;
    public static String copy_list;
    public static String day;
    public static String days_late;
    public static String export;
    public static String history;
    public static String history_none;
    public static String history_report;
    public static String history_report_by;
    public static String history_task;
    public static String history_title;
    public static String history_verification;
    public static String issue;
    public static String issue_default_title;
    public static String issue_do;
    public static String issue_file;
    public static String issue_intro;
    public static String issue_no_file;
    public static String issue_special;
    public static String issue_title;
    public static String lists_count;
    public static String lists_empty;
    public static String loop_account;
    public static String loop_assign;
    public static String loop_close;
    public static String loop_close_confirm;
    public static String loop_history_line;
    public static String loop_history_title;
    public static String loop_intro;
    public static String loop_rectify;
    public static String loops_all;
    public static String loops_count;
    public static String loops_empty;
    public static String loops_open;
    public static String loops_paper;
    public static String module_label;
    public static String none;
    public static String not_published;
    public static String outcomes;
    public static String problem_intro;
    public static String problem_recorded;
    public static String publish;
    public static String publish_confirm;
    public static String published_revision;
    public static String published_was;
    public static String ranking_count;
    public static String ranking_empty;
    public static String ranking_file;
    public static String record_do;
    public static String record_problem;
    public static String rectify_needs_file;
    public static String report;
    public static String report_do;
    public static String report_file;
    public static String report_intro;
    public static String report_text;
    public static String select_first;
    public static String select_list_first;
    public static String special_mark;
    public static String tab_lists;
    public static String tab_loops;
    public static String tab_ranking;
    public static String tab_work;
    public static String verify;
    public static String verify_by;
    public static String verify_do;
    public static String verify_intro;
    public static String verify_note;
    public static String verify_outcome;
    public static String work_count;
    public static String work_empty;
    public static String written;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
