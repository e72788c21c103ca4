package org.jiandu.search.tests;

import java.nio.file.Path;

import org.jiandu.core.security.Subject;
import org.jiandu.search.SearchService;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A new demo installation for each test, with its search service and the county user logged in. */
abstract class DemoSearchTest {

    @TempDir
    Path tmp;

    DemoInstallation env;
    SearchService search;
    Subject county;

    @BeforeEach
    void openInstallation() throws Exception {
        env = new DemoInstallation(getClass(), tmp.resolve("data"));
        search = env.await(SearchService.class);
        county = env.login("county");
    }

    @AfterEach
    void closeInstallation() {
        env.close();
    }
}
