package org.jiandu.training.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/** Messages of the training module (validation, rule gaps, report headers) in the default locale, zh_CN in a Chinese one. */
public final class TrainingMessages extends NLS {
    private static final String BUNDLE_NAME = "org.jiandu.training.internal.trainingMessages";

    public static String already_enrolled;
    public static String amount_range;
    public static String assigned_because;
    public static String cancelled;
    public static String capacity_range;
    public static String cert_date;
    public static String cert_issued;
    public static String cert_issuer;
    public static String cert_line1;
    public static String cert_line2;
    public static String cert_not_completed;
    public static String cert_number;
    public static String cert_title;
    public static String cert_to;
    public static String checking_row;
    public static String completion_before_start;
    public static String completion_needed;
    public static String completion_only_when_completed;
    public static String county_level;
    public static String end_before_start;
    public static String f_amount;
    public static String f_capacity;
    public static String f_code;
    public static String f_completed;
    public static String f_dates;
    public static String f_due_soon;
    public static String f_hours;
    public static String f_kind;
    public static String f_org;
    public static String f_post;
    public static String f_regulation;
    public static String f_roles;
    public static String f_score;
    public static String f_signoff;
    public static String f_status;
    public static String f_title;
    public static String frozen_tampered;
    public static String future;
    public static String gap_hours;
    public static String gap_reelection;
    public static String gap_regulation;
    public static String gap_rotation_days;
    public static String gap_rotation_signoff;
    public static String gap_theory;
    public static String gap_theory_expired;
    public static String gap_theory_failed;
    public static String gap_yearly;
    public static String hours_over;
    public static String hours_range;
    public static String imported;
    public static String may_not_change_rules;
    public static String may_not_edit;
    public static String missing_columns;
    public static String name_mismatch;
    public static String no_cadre;
    public static String no_frozen;
    public static String no_rotation;
    public static String no_rule;
    public static String no_session;
    public static String no_such_header;
    public static String not_date;
    public static String not_enrolled;
    public static String not_number;
    public static String not_township;
    public static String not_your_session;
    public static String org_outside;
    public static String pdf_compliance_title;
    public static String regulation_needed;
    public static String required;
    public static String score_range;
    public static String session_exists;
    public static String session_full;
    public static String sheet_empty;
    public static String signoff_needs_mentor;
    public static String stale;
    public static String stale_record;
    public static String too_long;
    public static String total;
    public static String twice;
    public static String unknown_field;
    public static String unknown_status;
    public static String writing_row;
    public static String x_active;
    public static String x_all_staff_coverage;
    public static String x_as_of;
    public static String x_cadre;
    public static String x_completed;
    public static String x_compliant;
    public static String x_course;
    public static String x_director_coverage;
    public static String x_due;
    public static String x_end;
    public static String x_filled;
    public static String x_gaps;
    public static String x_hours;
    public static String x_kind;
    public static String x_mentor;
    public static String x_name;
    public static String x_post;
    public static String x_posts;
    public static String x_revision;
    public static String x_rule;
    public static String x_score;
    public static String x_seconded;
    public static String x_session;
    public static String x_sheet_cadres;
    public static String x_sheet_summary;
    public static String x_sheet_townships;
    public static String x_sheet_transcript;
    public static String x_signoff;
    public static String x_start;
    public static String x_status;
    public static String x_tenure;
    public static String x_township;
    public static String x_vacancies;
    public static String x_year;
    public static String f_trainer;
    public static String no_trainer;
    public static String not_your_course;
    public static String may_not_set_regulation;
    public static String may_not_plan;
    public static String correction_reason_needed;
    public static String f_reason;
    public static String lang;
    public static String demo_note;

    static {
        NLS.initializeMessages(BUNDLE_NAME, TrainingMessages.class);
    }

    private TrainingMessages() {
    }

    /** An enum's name in a sentence of these messages: its Chinese name in Chinese, else its name in lower case. */
    public static String label(String chinese, Enum<?> value) {
        return "zh".equals(lang) ? chinese : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
