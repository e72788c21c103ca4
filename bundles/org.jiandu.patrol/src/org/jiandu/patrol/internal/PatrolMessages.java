package org.jiandu.patrol.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the patrol module (constraints, recusal, explanations); zh_CN in a Chinese locale. */
public final class PatrolMessages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.patrol.internal.patrolMessages";

    public static String all_recuse;
    public static String already_closed;
    public static String bad_rounds;
    public static String bad_term;
    public static String close_needs_evidence;
    public static String close_refused;
    public static String date_before;
    public static String date_future;
    public static String evidence_closed;
    public static String evidence_refused;
    public static String evidence_unreadable;
    public static String f_category;
    public static String f_dates;
    public static String f_description;
    public static String f_owner;
    public static String f_reason;
    public static String finding_refused;
    public static String finding_superseded;
    public static String item_stale;
    public static String may_not_give_evidence;
    public static String may_not_plan;
    public static String may_not_read_ledger;
    public static String may_not_read_plans;
    public static String may_not_read_schedule;
    public static String may_not_record_findings;
    public static String may_not_review;
    public static String no_county;
    public static String no_date;
    public static String no_finding;
    public static String no_item;
    public static String no_open_round;
    public static String no_room;
    public static String no_round;
    public static String no_target;
    public static String no_term;
    public static String plan_refused;
    public static String recuse_home;
    public static String recuse_relative;
    public static String recuse_worked;
    public static String reviewer_is_owner;
    public static String too_big;
    public static String v_capacity;
    public static String v_completed_added;
    public static String v_completed_changed;
    public static String v_coverage;
    public static String v_cross;
    public static String v_key;
    public static String v_not_township;
    public static String v_recusal;
    public static String v_round_capacity;
    public static String v_twice;
    public static String v_unknown;
    public static String v_with_township;
    public static String x_category;
    public static String x_class;
    public static String x_closed;
    public static String x_code;
    public static String x_deadline;
    public static String x_evidence;
    public static String x_flags;
    public static String x_item;
    public static String x_ledger_title;
    public static String x_mode;
    public static String x_owner;
    public static String x_plan_title;
    public static String x_risk;
    public static String x_round;
    public static String x_sheet_ledger;
    public static String x_sheet_missing;
    public static String x_sheet_plan;
    public static String x_stage;
    public static String x_target;
    public static String x_team;

    static {
        NLS.initializeMessages(BUNDLE_NAME, PatrolMessages.class);
    }

    private PatrolMessages() {
    }
}
