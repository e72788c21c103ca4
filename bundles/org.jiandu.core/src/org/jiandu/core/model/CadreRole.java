package org.jiandu.core.model;

/** Roles a cadre holds in discipline inspection work (glossary: People and roles). */
public enum CadreRole {
    TOWNSHIP_SECRETARY, FULL_TIME_CADRE, VILLAGE_SUPERVISION_DIRECTOR, INTEGRITY_SUPERVISOR, STATIONED_GROUP_MEMBER
}
