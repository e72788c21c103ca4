package org.jiandu.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.search.QuerySyntaxException;
import org.jiandu.search.internal.SearchMessages;
import org.junit.jupiter.api.Test;

/** The search service's refusals and query errors are sentences of its NLS bundle, in English and in Chinese. */
class SearchMessagesTest extends DemoSearchTest {

    @Test
    void aRoleThatMayNotSearchIsToldInOneSentence() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> search.search(env.login("trainer"), "问题", 10));
        assertEquals(SearchMessages.denied_read, e.getMessage());
        assertFalse(e.getMessage().contains("TRAINER") || e.getMessage().contains("trainer ("), e.getMessage());
    }

    @Test
    void queryErrorsAreMessagesOfTheBundleWithTheirPosition() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> search.search(env.login("county"), "问题 \"未闭合", 10));
        assertEquals(NLS.bind(SearchMessages.at_position, SearchMessages.quote_open, 4), e.getMessage());
        assertEquals(3, e.position());
    }

    @Test
    void everySearchMessageHasAChineseTranslation() throws IOException {
        Properties en = load("searchMessages.properties"), zh = load("searchMessages_zh.properties");
        assertTrue(en.size() > 20);
        assertEquals(en.keySet(), zh.keySet());
        for (Object k : en.keySet()) {
            assertFalse(en.get(k).equals(zh.get(k)), "not translated: " + k);
            assertTrue(((String) zh.get(k)).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), "Chinese: " + k);
        }
    }

    private Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = getClass().getResourceAsStream("/org/jiandu/search/internal/" + name)) {
            p.load(in);
        }
        return p;
    }
}
