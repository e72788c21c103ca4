package org.jiandu.cleanunit;

import static org.jiandu.cleanunit.CreationStatus.*;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of the creation workflow: which statuses each may start from, where it leads, whether only the county
 * commission may take it (审核, 核查, 公示, 命名, 撤销 are the county's; the unit's side declares, assesses itself and
 * appeals) and whether it needs a written reason.
 */
public enum CreationAction {
    START("开始创建", "start", EnumSet.of(DECLARED), IN_PROGRESS, false, false),
    SELF_ASSESS("提交自评", "submit self-assessment", EnumSet.of(IN_PROGRESS), SELF_ASSESSED, false, false),
    REVIEW("审核通过", "pass review", EnumSet.of(SELF_ASSESSED), REVIEWED, true, false),
    VERIFY("实地核查通过", "pass on-site check", EnumSet.of(REVIEWED), VERIFIED, true, false),
    NOTICE("公示", "publish notice", EnumSet.of(VERIFIED), CreationStatus.NOTICE, true, false),
    PUBLISH("命名", "publish title", EnumSet.of(CreationStatus.NOTICE), PUBLISHED, true, false),
    REJECT("不予通过", "reject", EnumSet.of(SELF_ASSESSED, REVIEWED, VERIFIED, CreationStatus.NOTICE), REJECTED, true, true),
    APPEAL("申诉", "appeal", EnumSet.of(REJECTED), APPEALED, false, true),
    UPHOLD("维持不通过", "uphold rejection", EnumSet.of(APPEALED), REJECTED, true, true),
    REOPEN("申诉成立,重新审核", "reopen review", EnumSet.of(APPEALED), SELF_ASSESSED, true, true),
    SUSPEND("启动复核", "put under review", EnumSet.of(PUBLISHED), UNDER_REVIEW, true, true),
    REINSTATE("复核后保留", "keep title", EnumSet.of(UNDER_REVIEW), PUBLISHED, true, true),
    REVOKE("撤销命名", "revoke title", EnumSet.of(PUBLISHED, UNDER_REVIEW), REVOKED, true, true),
    REDECLARE("重新申报", "declare again", EnumSet.of(REJECTED, REVOKED), DECLARED, false, false);

    /** Days a verified unit stays in public notice (公示期) before it can be published. */
    public static final int NOTICE_DAYS = 7;
    /** Days after a rejection in which the unit may appeal. */
    public static final int APPEAL_DAYS = 30;

    private final String chinese, english;
    private final Set<CreationStatus> from;
    private final CreationStatus to;
    private final boolean countyOnly, needsReason;

    CreationAction(String chinese, String english, Set<CreationStatus> from, CreationStatus to, boolean countyOnly, boolean needsReason) {
        this.chinese = chinese;
        this.english = english;
        this.from = from;
        this.to = to;
        this.countyOnly = countyOnly;
        this.needsReason = needsReason;
    }

    public String chinese() {
        return chinese;
    }

    /** In the default locale's language. */
    public String label() {
        return CleanUnitKind.chineseLocale() ? chinese : english;
    }

    public Set<CreationStatus> from() {
        return from;
    }

    public CreationStatus to() {
        return to;
    }

    public boolean countyOnly() {
        return countyOnly;
    }

    public boolean needsReason() {
        return needsReason;
    }

    public static Optional<CreationAction> parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (CreationAction a : values()) {
            if (a.name().equals(t) || a.chinese.equals(text == null ? "" : text.strip()) || a.english.equalsIgnoreCase(text == null ? ""
                    : text.strip())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
