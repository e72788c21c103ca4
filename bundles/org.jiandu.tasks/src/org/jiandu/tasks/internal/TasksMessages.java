package org.jiandu.tasks.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the tasks module (refusals, export headings, the names of kinds and statuses); Chinese in a Chinese locale. */
public final class TasksMessages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.tasks.internal.tasksMessages";

    public static String assignment_stale;
    public static String bad_code;
    public static String bad_period;
    public static String body_code_is_org;
    public static String body_exists;
    public static String body_refused;
    public static String bonus_refused;
    public static String date_before;
    public static String date_future;
    public static String date_not_today;
    public static String duty_item_refused;
    public static String duty_refused;
    public static String evidence_too_big;
    public static String evidence_unreadable;
    public static String f_accountability;
    public static String f_bodies;
    public static String f_bonus;
    public static String f_category;
    public static String f_deadline;
    public static String f_duty;
    public static String f_evidence;
    public static String f_kind;
    public static String f_leader;
    public static String f_name;
    public static String f_no_tasks;
    public static String f_note;
    public static String f_note_short;
    public static String f_outcome;
    public static String f_owner;
    public static String f_points;
    public static String f_problem;
    public static String f_report_by;
    public static String f_requirement;
    public static String f_text;
    public static String f_title;
    public static String k_ACCEPTED;
    public static String k_ASSIGNED;
    public static String k_AWAITING_VERIFICATION;
    public static String k_CLOSED;
    public static String k_CLOSED_OVERDUE;
    public static String k_CLOSED_WITHOUT_EVIDENCE;
    public static String k_COMMON;
    public static String k_DONE_LATE;
    public static String k_DONE_ON_TIME;
    public static String k_DUE_SOON;
    public static String k_EVIDENCE_AFTER_CLOSING;
    public static String k_FAILED;
    public static String k_FOUND;
    public static String k_FOUND_AGAIN;
    public static String k_LEADER;
    public static String k_NONE;
    public static String k_OPEN;
    public static String k_OVERDUE;
    public static String k_RECTIFIED;
    public static String k_RED;
    public static String k_RETURNED;
    public static String k_SPECIFIC;
    public static String k_STATIONED_GROUP;
    public static String k_SUPERVISION_OFFICE;
    public static String k_TOWNSHIP_COMMISSION;
    public static String k_UNIT;
    public static String k_YELLOW;
    public static String list_refused;
    public static String loop_assigned_already;
    public static String loop_closed;
    public static String loop_needs_rectification;
    public static String loop_not_assigned;
    public static String loop_refused;
    public static String loop_stale;
    public static String may_not_issue;
    public static String may_not_read;
    public static String may_not_report;
    public static String no_assignment;
    public static String no_body;
    public static String no_county;
    public static String no_date;
    public static String no_duty_item;
    public static String no_list;
    public static String no_loop;
    public static String no_org;
    public static String no_scheme;
    public static String no_supervision_unit;
    public static String nothing_scored;
    public static String nothing_to_verify;
    public static String publish_refused;
    public static String report_closed;
    public static String report_needs_evidence;
    public static String report_refused;
    public static String report_waiting;
    public static String reviewer_is_owner;
    public static String scheme_from;
    public static String scheme_refused;
    public static String scheme_shares;
    public static String sheet_cell;
    public static String sheet_deadline;
    public static String sheet_empty;
    public static String sheet_kind;
    public static String sheet_missing;
    public static String sheet_points;
    public static String sheet_refused;
    public static String sheet_too_long;
    public static String sheet_unreadable;
    public static String step_refused;
    public static String task_n;
    public static String the_commission;
    public static String verifier_is_reporter;
    public static String verify_refused;
    public static String x_body;
    public static String x_days_late;
    public static String x_deadline;
    public static String x_failed;
    public static String x_kind;
    public static String x_late;
    public static String x_list;
    public static String x_missed;
    public static String x_on_time;
    public static String x_pending;
    public static String x_place;
    public static String x_points;
    public static String x_published;
    public static String x_returns;
    public static String x_score;
    public static String x_sheet_ranking;
    public static String x_sheet_tasks;
    public static String x_status;
    public static String x_task;
    public static String x_title;
    public static String x_warning;

    static {
        NLS.initializeMessages(BUNDLE_NAME, TasksMessages.class);
    }

    private TasksMessages() {
    }

    /** The user's word for a kind, status, warning or outcome (the message {@code k_NAME}). */
    public static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        try {
            Object text = TasksMessages.class.getField("k_" + value.name()).get(null);
            return text == null ? value.name() : (String) text;
        } catch (ReflectiveOperationException e) {
            return value.name();
        }
    }
}
