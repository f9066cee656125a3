package org.sanctionsmonitor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's and Drools' versions, read from the jars' own metadata. */
public final class Versions {

    private Versions() {
    }

    public static String tool() {
        return read("/version.properties", "version");
    }

    public static String drools() {
        return read("/META-INF/maven/org.drools/drools-core/pom.properties", "version");
    }

    private static String read(String resource, String key) {
        try (InputStream in = Versions.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(key, "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
