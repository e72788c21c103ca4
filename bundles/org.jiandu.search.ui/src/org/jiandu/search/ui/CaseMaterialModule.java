package org.jiandu.search.ui;

import org.jiandu.core.security.Subject;
import org.jiandu.ui.WorkbenchModule;

/**
 * A screen of the search module: available to the roles that may read case material (the services refuse the
 * others), listed under the module's menu, so a trainer or a read-only user sees neither the screens nor the menu.
 */
interface CaseMaterialModule extends WorkbenchModule {

    /** The module's menu in the main menu bar (fragment.e4xmi). */
    String MENU = "org.jiandu.search.ui.menu";

    @Override
    default boolean availableTo(Subject subject) {
        return subject.role().canReadCaseMaterial();
    }

    @Override
    default String menuId() {
        return MENU;
    }
}
