package org.jiandu.core;

/** Staffing of one township: posts, filled, vacant, and cadres seconded away long-term. */
public record TownshipStaffing(String code, String name, int authorizedPosts, int filled, int vacancies,
        int secondedLongTerm, int villages, int cadres) {
}
