package org.jiandu.search.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a web page in one pass: tags dropped, comments, scripts and styles left out, block tags as line
 * breaks, entities resolved. Hand-written rather than regular expressions, whose backtracking made unclosed
 * markup quadratic (80 KB of {@code <!--} took seconds): every character is looked at a bounded number of times.
 * An unclosed comment, script or style ends the text, as it does in a browser.
 */
final class Html {

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]{0,512}charset\\s*=\\s*[\"']?([\\w-]{1,40})");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "ldquo", "“", "rdquo", "”", "middot", "·");
    /** The longest entity name looked at after an ampersand. */
    private static final int MAX_ENTITY = 12;

    private Html() {
    }

    static String text(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        String page = m.find() && Charset.isSupported(m.group(1)) ? new String(bytes, Charset.forName(m.group(1)))
                : TextDecoding.decode(bytes);
        return entities(markupOut(page));
    }

    /** The page without its markup. */
    static String markupOut(String s) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), 1 << 20));
        int n = s.length(), i = 0;
        int nextGt = -2; // position of the next '>' at or after i, -1 when there is none (then every '<' is text)
        while (i < n) {
            char c = s.charAt(i);
            if (c != '<') {
                out.append(c);
                i++;
                continue;
            }
            if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                if (end < 0) {
                    break; // an unclosed comment runs to the end
                }
                out.append(' ');
                i = end + 3;
                continue;
            }
            if (nextGt != -1 && nextGt < i) {
                nextGt = s.indexOf('>', i);
            }
            if (nextGt < 0) {
                out.append(c); // no tag can close any more: the rest is text
                i++;
                continue;
            }
            String name = tagName(s, i + 1, nextGt);
            int after = nextGt + 1;
            if (name.equals("script") || name.equals("style")) {
                int close = indexOfIgnoreCase(s, "</" + name, after);
                if (close < 0) {
                    break; // an unclosed script or style runs to the end
                }
                int gt = s.indexOf('>', close);
                if (gt < 0) {
                    break;
                }
                out.append(' ');
                i = gt + 1;
                continue;
            }
            if (isBlock(name)) {
                out.append('\n');
            }
            i = after;
        }
        return out.toString();
    }

    /** The lower-case name of an opening tag starting at {@code from} (after '<'), "" for closing tags and others. */
    private static String tagName(String s, int from, int limit) {
        int e = from;
        while (e < limit && e - from < 16 && Character.isLetterOrDigit(s.charAt(e))) {
            e++;
        }
        return s.substring(from, e).toLowerCase(Locale.ROOT);
    }

    private static boolean isBlock(String name) {
        return switch (name) {
            case "br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i + what.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Named and numeric character references; an unknown one is kept as written. */
    static String entities(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '&') {
                int semi = -1;
                for (int k = i + 1; k < n && k <= i + 1 + MAX_ENTITY; k++) {
                    char d = s.charAt(k);
                    if (d == ';') {
                        semi = k;
                        break;
                    }
                    if (!(Character.isLetterOrDigit(d) || d == '#') || d > 0x7F) {
                        break;
                    }
                }
                if (semi > i + 1) {
                    String rep = resolve(s.substring(i + 1, semi));
                    if (rep != null) {
                        out.append(rep);
                        i = semi;
                        continue;
                    }
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String resolve(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return codePoint(name.substring(2), 16);
        }
        if (name.startsWith("#")) {
            return codePoint(name.substring(1), 10);
        }
        return ENTITIES.get(name);
    }

    private static String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
        } catch (NumberFormatException ex) {
            return "";
        }
    }
}
