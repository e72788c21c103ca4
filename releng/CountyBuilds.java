import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the county products from releng/county-builds.properties: one .product file per build and the product
 * list of releng/org.jiandu.products/pom.xml. Run from the repository root: {@code java releng/CountyBuilds.java}
 * writes them, {@code --check} only compares and exits 1 naming each file that is out of date. A single-file
 * program (no dependency) because Tycho reads the product files before any plugin of the build could run.
 */
public class CountyBuilds {

    static final Path PRODUCTS = Path.of("releng/org.jiandu.products");
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*");

    record Build(String id, String name, String county, boolean choosable, List<String> modules, String updates) {
    }

    public static void main(String[] args) throws IOException {
        boolean check = args.length > 0 && args[0].equals("--check");
        List<Build> builds = read(Path.of("releng/county-builds.properties"));
        Map<Path, String> files = new LinkedHashMap<>();
        for (Build b : builds) {
            files.put(PRODUCTS.resolve(b.id() + ".product"), product(b));
        }
        Path pom = PRODUCTS.resolve("pom.xml");
        files.put(pom, productList(Files.readString(pom, StandardCharsets.UTF_8), builds));
        List<String> stale = new ArrayList<>();
        try (var listed = Files.list(PRODUCTS)) {
            listed.filter(p -> p.toString().endsWith(".product") && !files.containsKey(p)).forEach(p -> stale.add(p + " (no such build)"));
        }
        for (Map.Entry<Path, String> f : files.entrySet()) {
            String now = Files.exists(f.getKey()) ? Files.readString(f.getKey(), StandardCharsets.UTF_8) : null;
            if (!f.getValue().equals(now)) {
                stale.add(f.getKey().toString());
                if (!check) {
                    Files.writeString(f.getKey(), f.getValue(), StandardCharsets.UTF_8);
                }
            }
        }
        if (check && !stale.isEmpty()) {
            System.err.println("county builds out of date (run: java releng/CountyBuilds.java): " + String.join(", ", stale));
            System.exit(1);
        }
        System.out.println(check ? "county builds up to date: " + builds.size() + " builds"
                : stale.isEmpty() ? "county builds unchanged" : "wrote " + String.join(", ", stale));
    }

    static List<Build> read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        List<Build> builds = new ArrayList<>();
        for (String id : required(p, "builds").split("\\s+")) {
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException(file + ": build id '" + id + "' is not lower-case letters and digits");
            }
            List<String> modules = List.of(required(p, id + ".modules").split("\\s+"));
            for (String m : modules) {
                if (!ID.matcher(m).matches() || !Files.isDirectory(Path.of("features/org.jiandu." + m + ".feature"))) {
                    throw new IllegalArgumentException(file + ": " + id + ".modules names '" + m
                            + "', but there is no features/org.jiandu." + m + ".feature");
                }
            }
            String updates = p.getProperty(id + ".updates", "").strip();
            if (updates.regionMatches(true, 0, "http:", 0, 5)) {
                // the installed workbench refuses plain HTTP (Repositories.secure): fail here, not in the county
                throw new IllegalArgumentException(file + ": " + id + ".updates is plain HTTP (" + updates
                        + "): name an https: URL or a folder");
            }
            builds.add(new Build(id, required(p, id + ".name"), required(p, id + ".county"),
                    Boolean.parseBoolean(p.getProperty(id + ".choosable", "false")), modules, updates));
        }
        return builds;
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("releng/county-builds.properties: " + key + " is missing");
        }
        return v.strip();
    }

    static String product(Build b) {
        StringBuilder features = new StringBuilder();
        for (String f : concat(List.of("runtime", "core"), b.modules())) {
            features.append("      <feature id=\"org.jiandu.").append(f).append(".feature\" installMode=\"root\"/>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <?pde version="3.5"?>
                <!-- Generated from releng/county-builds.properties by releng/CountyBuilds.java: edit that file, not this. -->
                <!-- %1$s: modules %2$s; branding (window title, About) follows jiandu.county. -->
                <product name="%1$s" uid="org.jiandu.product.%3$s" id="org.jiandu.app.product" application="org.jiandu.app.application" version="1.0.0.qualifier" type="features" includeLaunchers="false" autoIncludeRequirements="true">
                   <configIni use="default"/>
                   <launcherArgs>
                      <vmArgs>-Dfile.encoding=UTF-8</vmArgs>
                   </launcherArgs>
                   <features>
                %4$s   </features>
                   <configurations>
                      <plugin id="org.apache.aries.spifly.dynamic.bundle" autoStart="true" startLevel="2"/>
                      <plugin id="org.apache.felix.scr" autoStart="true" startLevel="2"/>
                      <plugin id="org.eclipse.core.runtime" autoStart="true" startLevel="0"/>
                      <plugin id="org.eclipse.equinox.common" autoStart="true" startLevel="2"/>
                      <plugin id="org.eclipse.equinox.event" autoStart="true" startLevel="2"/>
                      <plugin id="org.eclipse.equinox.simpleconfigurator" autoStart="true" startLevel="1"/>
                      <property name="jiandu.county" value="%5$s"/>
                %6$s%7$s      <!-- updates: p2 reads no plain HTTP address at all, not even a composite's child or a mirror's, and asks
                      no mirrors (see Repositories.secure) -->
                      <property name="p2.httpRule" value="block"/>
                      <property name="eclipse.p2.mirrors" value="false"/>
                      <!-- a composite repository with a child that cannot be read fails, rather than offering less -->
                      <property name="eclipse.p2.atomic.composite.loading.default" value="true"/>
                      <!-- an update is trusted only by the OpenPGP keys of the installation's update-keys.asc: no trust
                      engine by this name exists, so no certificate of the JDK's store vouches for an artifact instead -->
                      <property name="osgi.signedcontent.trust.engine" value="jiandu-update-keys-only"/>
                      <!-- nor does p2 look for signers' keys in the OS account's own GnuPG keyring -->
                      <property name="p2.gpg" value="false"/>
                      <property name="osgi.instance.area.default" value="@noDefault"/>
                      <property name="osgi.bundles.defaultStartLevel" value="4"/>
                   </configurations>
                </product>
                """.formatted(b.name(), String.join(", ", b.modules()), b.id(), features, b.county(),
                b.choosable() ? "      <!-- setup asks which county an installation is for -->\n"
                        + "      <property name=\"jiandu.county.choosable\" value=\"true\"/>\n" : "",
                b.updates().isEmpty() ? "" : "      <!-- where updates come from until the administrator names another -->\n"
                        + "      <property name=\"jiandu.update.location\" value=\"" + xml(b.updates()) + "\"/>\n");
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    static String productList(String pom, List<Build> builds) {
        Matcher m = Pattern.compile("(?s)(\\n *<products>\\n)(.*?)(\\n *</products>)").matcher(pom);
        if (!m.find()) {
            throw new IllegalArgumentException(PRODUCTS.resolve("pom.xml") + " has no <products> list");
        }
        StringBuilder list = new StringBuilder();
        for (Build b : builds) {
            if (!list.isEmpty()) {
                list.append('\n');
            }
            list.append("            <product><id>org.jiandu.product.").append(b.id()).append("</id><archiveFileName>jiandu-")
                    .append(b.id()).append("</archiveFileName><attachId>").append(b.id())
                    .append("</attachId><rootFolder>jiandu</rootFolder></product>");
        }
        return pom.substring(0, m.start(2)) + list + pom.substring(m.end(2));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
