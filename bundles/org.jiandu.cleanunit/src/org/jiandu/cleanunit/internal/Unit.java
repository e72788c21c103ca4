package org.jiandu.cleanunit.internal;

/** The unit a code names, with the township (or county) it is counted under. */
record Unit(String code, String name, String groupCode, String groupName, String path) {

    /** Family creations are keyed by the cadre: {@code family:<cadre code>}. */
    static final String FAMILY_PREFIX = "family:";
    /** Names are data (stored, matched against cases), so they are Chinese in every locale, like the jurisdiction's. */
    static final String FAMILY_SUFFIX = "家庭", COUNTY_UNITS = "县直单位";
}
