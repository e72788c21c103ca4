package org.jiandu.app.tests;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/** The application context the launcher would give: the command-line arguments and the product's branding. */
final class TestApplicationContext implements IApplicationContext {

    private static final String PRODUCT = "org.jiandu.app.product";
    private final Map<String, Object> arguments = new HashMap<>();
    private final Map<String, String> branding = new HashMap<>();

    TestApplicationContext(String... args) {
        arguments.put(APPLICATION_ARGS, args);
        for (IConfigurationElement e : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.core.runtime.products")) {
            String id = e.getDeclaringExtension().getUniqueIdentifier();
            if (PRODUCT.equals(id)) {
                for (IConfigurationElement p : e.getChildren("property")) {
                    branding.put(p.getAttribute("name"), p.getAttribute("value"));
                }
            }
        }
        if (branding.isEmpty()) {
            throw new IllegalStateException("product " + PRODUCT + " not found in the extension registry");
        }
    }

    @Override
    public Map<String, Object> getArguments() {
        return arguments;
    }

    @Override
    public void applicationRunning() {
        // no splash screen to take down
    }

    @Override
    public String getBrandingApplication() {
        return "org.jiandu.app.application";
    }

    @Override
    public String getBrandingName() {
        return "Jiandu Workbench";
    }

    @Override
    public String getBrandingDescription() {
        return null;
    }

    @Override
    public String getBrandingId() {
        return PRODUCT;
    }

    @Override
    public String getBrandingProperty(String key) {
        return branding.get(key);
    }

    @Override
    public Bundle getBrandingBundle() {
        return Platform.getBundle("org.jiandu.app");
    }

    @Override
    public void setResult(Object result, IApplication application) {
        // the test reads the result from start()
    }
}
