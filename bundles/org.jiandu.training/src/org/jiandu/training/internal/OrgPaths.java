package org.jiandu.training.internal;

import java.util.Arrays;

/** Reading an organisation path ("/city/county/township/village/") for the county or township it lies in. */
final class OrgPaths {

    private OrgPaths() {
    }

    /** The county part of an org path ("/city/county/"), or the path itself when it is the city's. */
    static String countyPath(String path) {
        if (path == null) {
            return "/";
        }
        int first = path.indexOf('/', 1), second = first < 0 ? -1 : path.indexOf('/', first + 1);
        return second < 0 ? path : path.substring(0, second + 1);
    }

    /** The township code in an org path ("/city/county/township/..."), or the county's code for county-level nodes. */
    static String townshipOf(String path) {
        String[] parts = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        return parts.length >= 3 ? parts[2] : parts.length >= 2 ? parts[1] : parts.length == 1 ? parts[0] : "";
    }
}
