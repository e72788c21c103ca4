package org.jiandu.search.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text of an RTF document, as Chinese word processors write it: {@code \'xx} escapes are bytes in the
 * document's ANSI code page ({@code \ansicpg936} = GBK), {@code \\u} followed by a number is a Unicode character. Control words,
 * groups such as font tables and pictures are skipped.
 */
final class Rtf {

    private Rtf() {
    }

    static String text(byte[] raw) throws ExtractionException {
        String s = new String(raw, StandardCharsets.ISO_8859_1);
        if (!s.startsWith("{\\rtf")) {
            throw new ExtractionException("not an RTF document (no {\\rtf header)");
        }
        Charset cs = TextDecoding.GB18030;
        Matcher m = Pattern.compile("\\\\ansicpg(\\d+)").matcher(s);
        if (m.find()) {
            String cp = m.group(1);
            String name = cp.equals("936") ? "GB18030" : cp.equals("950") ? "Big5" : cp.equals("65001") ? "UTF-8" : "windows-" + cp;
            if (Charset.isSupported(name)) {
                cs = Charset.forName(name);
            }
        }
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        ArrayDeque<Boolean> skipStack = new ArrayDeque<>();
        boolean skip = false;
        int ucSkip = 1, toSkip = 0, depth = 0;
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '{') {
                flush(pending, out, cs, skip);
                skipStack.push(skip);
                depth++;
                i++;
                // destinations that hold no document text
                if (s.startsWith("\\*", i) || s.startsWith("\\fonttbl", i) || s.startsWith("\\colortbl", i)
                        || s.startsWith("\\stylesheet", i) || s.startsWith("\\info", i) || s.startsWith("\\pict", i)
                        || s.startsWith("\\header", i) || s.startsWith("\\footer", i)) {
                    skip = true;
                }
            } else if (c == '}') {
                flush(pending, out, cs, skip);
                skip = skipStack.isEmpty() ? false : skipStack.pop();
                depth--;
                i++;
            } else if (c == '\\') {
                i++;
                if (i >= n) {
                    break;
                }
                char d = s.charAt(i);
                if (d == '\'') {
                    if (i + 2 < n + 0 && i + 3 <= n) {
                        try {
                            int b = Integer.parseInt(s.substring(i + 1, i + 3), 16);
                            if (toSkip > 0) {
                                toSkip--;
                            } else {
                                pending.write(b);
                            }
                        } catch (NumberFormatException e) {
                            // ignore a broken escape
                        }
                    }
                    i += 3;
                } else if (d == '\\' || d == '{' || d == '}') {
                    flush(pending, out, cs, skip);
                    if (!skip) {
                        out.append(d);
                    }
                    i++;
                } else if (Character.isLetter(d)) {
                    int start = i;
                    while (i < n && Character.isLetter(s.charAt(i))) {
                        i++;
                    }
                    String word = s.substring(start, i);
                    int numStart = i;
                    if (i < n && (s.charAt(i) == '-' || Character.isDigit(s.charAt(i)))) {
                        i++;
                        while (i < n && Character.isDigit(s.charAt(i))) {
                            i++;
                        }
                    }
                    String num = s.substring(numStart, i);
                    if (i < n && s.charAt(i) == ' ') {
                        i++;
                    }
                    flush(pending, out, cs, skip);
                    switch (word) {
                        case "par", "line", "row" -> {
                            if (!skip) {
                                out.append('\n');
                            }
                        }
                        case "tab", "cell" -> {
                            if (!skip) {
                                out.append('\t');
                            }
                        }
                        case "uc" -> ucSkip = num.isEmpty() ? 1 : Integer.parseInt(num);
                        case "u" -> {
                            if (!num.isEmpty() && !skip) {
                                int v = Integer.parseInt(num);
                                out.append((char) (v < 0 ? v + 65536 : v));
                            }
                            toSkip = ucSkip;
                        }
                        default -> { }
                    }
                } else {
                    i++; // control symbol such as \~ or \-
                }
            } else if (c == '\r' || c == '\n') {
                i++;
            } else {
                if (toSkip > 0) {
                    toSkip--;
                } else {
                    flush(pending, out, cs, skip);
                    if (!skip) {
                        out.append(c);
                    }
                }
                i++;
            }
        }
        flush(pending, out, cs, skip);
        if (depth > 0) {
            throw new ExtractionException("truncated RTF (" + depth + " group(s) not closed)");
        }
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream pending, StringBuilder out, Charset cs, boolean skip) {
        if (pending.size() > 0) {
            if (!skip) {
                out.append(new String(pending.toByteArray(), cs));
            }
            pending.reset();
        }
    }
}
