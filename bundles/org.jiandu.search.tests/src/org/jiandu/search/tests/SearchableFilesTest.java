package org.jiandu.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jiandu.core.SearchableFiles;
import org.jiandu.core.security.Subject;
import org.junit.jupiter.api.Test;

/** Another module's files reach the index through the core service, under the organisation and its scope. */
class SearchableFilesTest extends DemoSearchTest {

    @Test
    void aModulesFileIsSearchableUnderItsOrganisationOnly() throws Exception {
        SearchableFiles files = env.await(SearchableFiles.class);
        Path stored = Files.writeString(tmp.resolve("abc123"), "村务监督委员会会议记录,补助5600元。");
        assertEquals(List.of(), files.add(county, "cleanunit", "danfeng-t02", "7-会议记录.txt", stored));
        assertEquals(1, search.search(county, "会议记录 5600元", 10).total());
        Subject otherTownship = env.login("township");
        assertEquals(0, search.search(otherTownship, "会议记录 5600元", 10).total(), "the township user (danfeng-t01) may not see danfeng-t02");
    }

    @Test
    void namesThatWouldLeaveTheFolderAreRefusedAndWriteNothing() throws Exception {
        SearchableFiles files = env.await(SearchableFiles.class);
        Path stored = Files.writeString(tmp.resolve("abc123"), "越界写入的材料");
        assertThrows(IllegalArgumentException.class, () -> files.add(county, "cleanunit", "danfeng-t01", "../../escaped.txt", stored));
        assertThrows(IllegalArgumentException.class, () -> files.add(county, "cleanunit", "danfeng-t01", "sub/dir.txt", stored));
        assertThrows(IllegalArgumentException.class, () -> files.add(county, "cleanunit", "../index", "x.txt", stored));
        assertThrows(IllegalArgumentException.class, () -> files.add(county, "../files", "danfeng-t01", "x.txt", stored));
        try (var walk = Files.walk(tmp.resolve("data"))) {
            assertTrue(walk.noneMatch(p -> p.getFileName().toString().contains("escaped") || p.getFileName().toString().equals("x.txt")));
        }
        assertEquals(0, search.search(county, "越界写入", 10).total());
    }
}
