package org.jiandu.core;

/**
 * Counts of a jurisdiction subtree, as {@code jiandu org stats} prints them.
 *
 * @param vacancies        authorised posts without a holder
 * @param secondedLongTerm cadres currently seconded away for more than three months
 */
public record OrgStats(long counties, long townships, long villages, long units, long cadres, long authorizedPosts,
        long vacancies, long secondedLongTerm) {
}
