package org.jiandu.training.ui;

import org.eclipse.osgi.util.NLS;

/** UI text of the training module; zh_CN in a Chinese locale. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.training.ui.messages";

    public static String any_kind;
    public static String any_year;
    public static String assign;
    public static String assign_done;
    public static String calendar_hint;
    public static String cancel;
    public static String cannot_write;
    public static String certificate;
    public static String chart_directors;
    public static String chart_rules;
    public static String chart_townships;
    public static String col_all_staff;
    public static String col_appraisal;
    public static String col_cadre;
    public static String col_capacity;
    public static String col_code;
    public static String col_completed;
    public static String col_completed_count;
    public static String col_directors;
    public static String col_due;
    public static String col_effective;
    public static String col_end;
    public static String col_enrolled;
    public static String col_filled;
    public static String col_gaps;
    public static String col_hours;
    public static String col_kind;
    public static String col_mentor;
    public static String col_name;
    public static String col_note;
    public static String col_place;
    public static String col_post;
    public static String col_posts;
    public static String col_reason;
    public static String col_recorded_by;
    public static String col_regulation;
    public static String col_revision;
    public static String col_rule;
    public static String col_score;
    public static String col_seconded;
    public static String col_signed_by;
    public static String col_signed_on;
    public static String col_start;
    public static String col_status;
    public static String col_tenure;
    public static String col_title;
    public static String col_township;
    public static String col_trainer;
    public static String col_vacancies;
    public static String compliance_file;
    public static String compliance_summary;
    public static String compliant;
    public static String computing;
    public static String confirm_post;
    public static String confirmed;
    public static String export;
    public static String export_xlsx;
    public static String freeze;
    public static String frozen;
    public static String history;
    public static String history_line;
    public static String history_title;
    public static String import_attendance;
    public static String import_bad;
    public static String import_done;
    public static String import_good_rows;
    public static String import_roster;
    public static String lang;
    public static String module_label;
    public static String month_label;
    public static String needs_action;
    public static String not_compliant;
    public static String not_date;
    public static String not_done;
    public static String not_number;
    public static String not_posted;
    public static String not_signed;
    public static String not_trained;
    public static String posted_on;
    public static String record;
    public static String record_title;
    public static String refresh;
    public static String refused;
    public static String rotation_add;
    public static String rotation_edit;
    public static String rotation_title;
    public static String session_filter;
    public static String session_new;
    public static String sessions_count;
    public static String staffing_hint;
    public static String tab_calendar;
    public static String tab_compliance;
    public static String tab_sessions;
    public static String tab_staffing;
    public static String tab_transcript;
    public static String this_month;
    public static String trained;
    public static String transcript_info;
    public static String weekdays;
    public static String written;
    public static String year;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
