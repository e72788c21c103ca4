package org.jiandu.cleanunit.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the clean-unit module (workflow refusals, report headings); zh_CN in a Chinese locale. */
public final class CuMessages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.cleanunit.internal.cuMessages";

    public static String all_kinds;
    public static String already_declared;
    public static String appeal_late;
    public static String bad_target;
    public static String bad_year;
    public static String before_last;
    public static String case_event;
    public static String county_only;
    public static String event_reason;
    public static String evidence_unreadable;
    public static String failed;
    public static String future_date;
    public static String h_area;
    public static String h_bonus;
    public static String h_code;
    public static String h_coverage;
    public static String h_declared;
    public static String h_declared_on;
    public static String h_due;
    public static String h_eligible;
    public static String h_evidence;
    public static String h_group;
    public static String h_in_process;
    public static String h_indicator;
    public static String h_kind;
    public static String h_latest;
    public static String h_max;
    public static String h_meeting;
    public static String h_note;
    public static String h_points;
    public static String h_published;
    public static String h_revoked;
    public static String h_site;
    public static String h_status;
    public static String h_target;
    public static String h_text;
    public static String h_tier;
    public static String h_total;
    public static String h_under_review;
    public static String h_unit;
    public static String knocked_out;
    public static String may_not_edit;
    public static String missing_evidence;
    public static String monitored_already;
    public static String monitoring_failed;
    public static String needs_onsite;
    public static String needs_reason;
    public static String needs_self;
    public static String no_creation;
    public static String no_evaluation;
    public static String no_evidence;
    public static String no_group;
    public static String no_indicator;
    public static String no_unit;
    public static String not_from;
    public static String not_site;
    public static String notice_running;
    public static String onsite_failed;
    public static String open_events;
    public static String passed;
    public static String publish_standard;
    public static String record_event;
    public static String score_refused;
    public static String sep;
    public static String site_action;
    public static String site_kind;
    public static String site_label;
    public static String site_needs_title;
    public static String stage_status;
    public static String stale;
    public static String standard_refused;
    public static String target_action;
    public static String total;
    public static String unit_closed;
    public static String wrong_kind;
    public static String x_coverage;
    public static String x_coverage_title;
    public static String x_creations;
    public static String x_creations_title;
    public static String x_score;
    public static String x_score_title;
    public static String evidence_not_openable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, CuMessages.class);
    }

    private CuMessages() {
    }
}
