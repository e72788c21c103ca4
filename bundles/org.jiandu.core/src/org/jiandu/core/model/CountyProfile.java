package org.jiandu.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seven counties/districts of Shangluo (商洛市) as the source report describes them. A county build's default
 * jurisdiction and branding come from its profile; the figures are what the demo data reproduces.
 *
 * @param id              product and command-line id, e.g. {@code danfeng}
 * @param nameZh          e.g. 丹凤县
 * @param nameEn          e.g. Danfeng County
 * @param townships       number of townships and subdistricts
 * @param villages        number of villages and communities
 * @param postsPerTownship authorised discipline inspection posts per township (the report's figures)
 * @param extraPosts      posts on top of that, spread over the first townships, so the city adds up to 220
 */
public record CountyProfile(String id, String nameZh, String nameEn, int townships, int villages,
        int postsPerTownship, int extraPosts) {

    public static final String CITY_CODE = "shangluo";
    public static final String CITY_NAME_ZH = "商洛市";
    public static final String CITY_NAME_EN = "Shangluo City";

    /** In the order the report lists them; township counts add up to 98, posts to 220. */
    public static final List<CountyProfile> ALL = List.of(
            new CountyProfile("shangzhou", "商州区", "Shangzhou District", 18, 286, 3, 0),
            new CountyProfile("luonan", "洛南县", "Luonan County", 16, 243, 1, 0),
            new CountyProfile("danfeng", "丹凤县", "Danfeng County", 12, 157, 3, 0),
            new CountyProfile("shangnan", "商南县", "Shangnan County", 10, 118, 2, 0),
            new CountyProfile("shanyang", "山阳县", "Shanyang County", 18, 238, 2, 1),
            new CountyProfile("zhenan", "镇安县", "Zhen'an County", 15, 156, 2, 0),
            new CountyProfile("zhashui", "柞水县", "Zhashui County", 9, 82, 3, 0));

    public static final String DEFAULT_ID = "shangzhou";

    public int authorizedPosts() {
        return townships * postsPerTownship + extraPosts;
    }

    /** 丹凤县纪委监委: the commission named in a county build's window title and About dialog. */
    public String commissionZh() {
        return nameZh + "纪委监委";
    }

    public String commissionEn() {
        return nameEn + " Commission for Discipline Inspection and Supervision";
    }

    public String displayName(Locale locale) {
        return isChinese(locale) ? nameZh : nameEn;
    }

    public String commission(Locale locale) {
        return isChinese(locale) ? commissionZh() : commissionEn();
    }

    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    public static Optional<CountyProfile> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String key = id.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.id.equals(key) || p.nameZh.equals(id.trim())).findFirst();
    }

    /** Like {@link #find} but with a message listing the valid ids. */
    public static CountyProfile require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown county '" + id + "'; one of: "
                + String.join(", ", ALL.stream().map(CountyProfile::id).toList())));
    }
}
