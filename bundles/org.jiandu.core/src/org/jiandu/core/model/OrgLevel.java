package org.jiandu.core.model;

/** Level of a node in the jurisdiction tree: city → county → township → village, plus county-level units. */
public enum OrgLevel {
    CITY, COUNTY, TOWNSHIP, VILLAGE, UNIT
}
