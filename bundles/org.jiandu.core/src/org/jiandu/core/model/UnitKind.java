package org.jiandu.core.model;

/** Kinds of county-level units (县直单位) a county party committee manages. */
public enum UnitKind {
    DEPARTMENT, ENTERPRISE, SCHOOL, HOSPITAL
}
