package org.jiandu.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jiandu.persistence.DatabaseConfig;
import org.junit.jupiter.api.Test;

/** A server's password typed into its URL is moved out of it before the URL is stored in the settings. */
class DatabaseConfigTest {

    @Test
    void aPasswordInTheUrlMovesToThePasswordField() {
        DatabaseConfig c = new DatabaseConfig("jdbc:postgresql://h:5432/jiandu?user=jd&password=s%26cret", null, null)
                .withPasswordOutOfUrl();
        assertEquals("jdbc:postgresql://h:5432/jiandu?user=jd", c.url());
        assertEquals("s&cret", c.password());

        c = new DatabaseConfig("jdbc:postgresql://h/jiandu?password=x&user=jd&ssl=true", "u", null).withPasswordOutOfUrl();
        assertEquals("jdbc:postgresql://h/jiandu?user=jd&ssl=true", c.url());
        assertEquals("x", c.password());
        assertEquals("u", c.user());

        c = new DatabaseConfig("jdbc:postgresql://h/jiandu?password=x", null, "given").withPasswordOutOfUrl();
        assertEquals("jdbc:postgresql://h/jiandu", c.url());
        assertEquals("given", c.password(), "a password given apart wins");
        assertFalse(c.url().contains("x"));

        c = new DatabaseConfig("jdbc:postgresql://h/jiandu?user=jd", null, null).withPasswordOutOfUrl();
        assertEquals("jdbc:postgresql://h/jiandu?user=jd", c.url());
        assertNull(c.password());
    }
}
