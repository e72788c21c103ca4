package org.jiandu.update;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What this installation is, read from its p2 profile: the county build (product), its version and the modules
 * installed now — those of the build and those added later.
 *
 * @param product the build's product id, e.g. {@code org.jiandu.product.danfeng}
 * @param name    the build's name, e.g. {@code 监督工作台 丹凤县纪委监委}
 * @param version the product's version, e.g. {@code 1.0.0.v202611300223}
 * @param modules module names ({@code search}, {@code patrol} …), sorted
 * @param titles  each module's name as users know it, in their language ({@code 巡察统筹}), from its feature
 * @param folder  the installation folder
 */
public record Installed(String product, String name, String version, List<String> modules, Map<String, String> titles,
        Path folder) {

    /** The module's name as users know it, or its id when its feature names none. */
    public String title(String module) {
        return titles.getOrDefault(module, module);
    }
}
