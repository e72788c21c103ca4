package org.jiandu.patrol.ui;

import org.eclipse.osgi.util.NLS;

/** UI text of the patrol module; zh_CN in a Chinese locale. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.patrol.ui.messages";

    public static String all_items;
    public static String cannot_read;
    public static String cannot_write;
    public static String check;
    public static String check_broken;
    public static String check_ok;
    public static String class_KEY;
    public static String class_NORMAL;
    public static String class_WATCH;
    public static String close_confirm;
    public static String close_do;
    public static String close_item;
    public static String close_late;
    public static String closed_by;
    public static String col_category;
    public static String col_class;
    public static String col_closed;
    public static String col_dates;
    public static String col_deadline;
    public static String col_evidence;
    public static String col_flags;
    public static String col_group;
    public static String col_inspected;
    public static String col_item;
    public static String col_kind;
    public static String col_mode;
    public static String col_owner;
    public static String col_planned;
    public static String col_risk;
    public static String col_round;
    public static String col_stage;
    public static String col_state;
    public static String col_target;
    public static String col_targets;
    public static String col_team;
    public static String col_total;
    public static String col_zone;
    public static String coverage_hint;
    public static String discard_edit;
    public static String done;
    public static String drag_hint;
    public static String evidence;
    public static String export;
    public static String feasible;
    public static String flag_CLOSED_OVERDUE;
    public static String flag_CLOSED_WITHOUT_EVIDENCE;
    public static String flag_EVIDENCE_AFTER_CLOSING;
    public static String flag_FOUND_AGAIN;
    public static String flag_OVERDUE;
    public static String history;
    public static String history_closed;
    public static String history_evidence;
    public static String history_flags;
    public static String history_line;
    public static String history_state;
    public static String history_title;
    public static String infeasible;
    public static String kind_township;
    public static String kind_unit;
    public static String kind_village;
    public static String ledger_count;
    public static String ledger_empty;
    public static String ledger_empty_org;
    public static String ledger_failed;
    public static String ledger_file;
    public static String ledger_hint;
    public static String list_separator;
    public static String loading;
    public static String mode_AD_HOC;
    public static String mode_CROSS;
    public static String mode_DIRECT;
    public static String mode_ELEVATED;
    public static String mode_THEMATIC;
    public static String mode_TOWNSHIP_WITH_VILLAGES;
    public static String module_label;
    public static String moved_broken;
    public static String moved_ok;
    public static String no_recusal;
    public static String only_org;
    public static String only_org_none;
    public static String not_allowed;
    public static String overdue_items;
    public static String paper_only;
    public static String plan_failed;
    public static String plan_file;
    public static String plans_hidden;
    public static String recusal;
    public static String recusal_select;
    public static String recusal_title;
    public static String replan;
    public static String save_edit;
    public static String saved;
    public static String schedule_empty;
    public static String schedule_failed;
    public static String schedule_hint;
    public static String schedule_none;
    public static String schedule_summary;
    public static String schedule_summary_done;
    public static String schedule_title;
    public static String select_first;
    public static String stage_ASSIGNED;
    public static String stage_CLOSED;
    public static String stage_IN_PROGRESS;
    public static String summary;
    public static String summary_plan;
    public static String tab_coverage;
    public static String tab_ledger;
    public static String tab_plan;
    public static String tab_schedule;
    public static String unplannable;
    public static String written;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** The text of a key named at run time (an enum constant's label); the key itself when there is none. */
    static String of(String key) {
        try {
            Object v = Messages.class.getField(key).get(null);
            return v == null ? key : v.toString();
        } catch (ReflectiveOperationException e) {
            return key;
        }
    }
}
