package org.jiandu.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One backup as its manifest describes it.
 *
 * @param name     the folder's name, {@code YYYYMMDD-HHMMSS[-kind]}
 * @param folder   where it is
 * @param kind     {@link #MANUAL}, {@link #DAILY} or {@link #BEFORE_UPDATE}
 * @param created  when it was written
 * @param files    how many files it holds
 * @param bytes    their size together
 * @param version  the workbench version that wrote it
 * @param county   the installation's county
 * @param database what the database part holds (e.g. {@code H2, encrypted})
 * @param notes    what was left out and why, in the user's language
 * @param state    {@link State}
 * @param problem  the first damaged or missing file with what is wrong, or null
 */
public record BackupInfo(String name, Path folder, String kind, Instant created, int files, long bytes, String version,
        String county, String database, List<String> notes, State state, String problem) {

    public static final String MANUAL = "manual";
    public static final String DAILY = "daily";
    public static final String BEFORE_UPDATE = "before-update";

    /** How far a backup was checked. */
    public enum State {
        /** Every file is there with its size (the quick check of a list). */
        COMPLETE,
        /** Every file's SHA-256 matched. */
        VERIFIED,
        /** A file is missing, has another size or another hash, or the manifest is unreadable. */
        DAMAGED
    }
}
