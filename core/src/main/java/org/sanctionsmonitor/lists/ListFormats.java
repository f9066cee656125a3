package org.sanctionsmonitor.lists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.model.ListedEntity;

/** Every list format the tool reads, in the order detection tries them. */
public final class ListFormats {

    public static final ListFormat NATIVE = new ListFormat() {
        @Override
        public String id() {
            return "native";
        }

        @Override
        public String expected() {
            return "a native list header (entity_id, name, ...)";
        }

        @Override
        public boolean detects(ListProbe probe) {
            List<String> names = probe.headerNames();
            return !probe.isFolder() && names.contains("entity_id") && names.contains("name");
        }

        @Override
        public EntityList read(Path path, InputFile file, List<Reject> rejects) {
            String name = ListLoader.defaultName(path);
            List<ListedEntity> entities = new ArrayList<>();
            var stats = NativeListReader.read(file, name, entities::add, rejects);
            return new EntityList(name, id(), List.of(stats), entities, LinkedRelations.of(entities), null);
        }
    };

    public static final ListFormat OPENSANCTIONS = new ListFormat() {
        @Override
        public String id() {
            return "opensanctions";
        }

        @Override
        public String expected() {
            return "an OpenSanctions targets.simple.csv header (id, schema, name, ...)";
        }

        @Override
        public boolean detects(ListProbe probe) {
            List<String> names = probe.headerNames();
            return !probe.isFolder() && names.contains("id") && names.contains("schema") && names.contains("name");
        }

        @Override
        public EntityList read(Path path, InputFile file, List<Reject> rejects) {
            var r = OpenSanctionsReader.read(file, OpenSanctionsReader.LIST_NAME, rejects);
            return new EntityList(OpenSanctionsReader.LIST_NAME, id(), List.of(r.stats()), r.entities(), List.of(), r.published(),
                    r.warnings(), OpenSanctionsReader.details(r));
        }
    };

    public static final ListFormat CSL = new ListFormat() {
        @Override
        public String id() {
            return "csl";
        }

        @Override
        public String expected() {
            return "a Consolidated Screening List header (_id, source, ..., name, ...)";
        }

        @Override
        public boolean detects(ListProbe probe) {
            List<String> names = probe.headerNames();
            return !probe.isFolder() && names.contains("_id") && names.contains("source") && names.contains("name");
        }

        @Override
        public EntityList read(Path path, InputFile file, List<Reject> rejects) {
            List<ListedEntity> entities = new ArrayList<>();
            var stats = CslReader.read(file, entities::add, rejects);
            return new EntityList(CslReader.LIST_PREFIX, id(), List.of(stats), entities);
        }
    };

    public static final ListFormat OFAC = new ListFormat() {
        @Override
        public String id() {
            return "ofac";
        }

        @Override
        public String expected() {
            return "an OFAC sdn.csv row (ent_num and 11 more fields, no header) or a folder holding sdn.csv";
        }

        @Override
        public boolean readsFolders() {
            return true;
        }

        @Override
        public boolean detects(ListProbe probe) {
            if (probe.isFolder()) {
                return java.nio.file.Files.isRegularFile(probe.path().resolve("sdn.csv"));
            }
            return OfacLegacyReader.looksLikeSdn(probe.firstCells());
        }

        @Override
        public EntityList read(Path path, InputFile file, List<Reject> rejects) {
            var r = OfacLegacyReader.readAll(path, OfacLegacyReader.LIST_NAME, rejects);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("remarks_truncated", r.truncatedRemarks());
            return new EntityList(OfacLegacyReader.LIST_NAME, id(), r.stats(), r.entities(), LinkedRelations.of(r.entities()), null, r.warnings(), details);
        }
    };

    public static final ListFormat UN = new ListFormat() {
        @Override
        public String id() {
            return "un";
        }

        @Override
        public String expected() {
            return "UN Security Council Consolidated List XML (root <" + UnListReader.ROOT + ">)";
        }

        @Override
        public boolean detects(ListProbe probe) {
            return !probe.isFolder() && UnListReader.ROOT.equals(probe.xmlRoot());
        }

        @Override
        public EntityList read(Path path, InputFile file, List<Reject> rejects) {
            return UnListReader.read(file, rejects);
        }
    };

    public static final ListFormat OFAC_ADVANCED = new ListFormat() {
        @Override
        public String id() {
            return "ofac-advanced";
        }

        @Override
        public String expected() {
            return "OFAC Advanced XML, sdn_advanced.xml or its .bz2 (root <" + OfacAdvancedReader.ROOT + ">)";
        }

        @Override
        public boolean detects(ListProbe probe) {
            return !probe.isFolder() && OfacAdvancedReader.ROOT.equals(probe.xmlRoot());
        }

        @Override
        public EntityList read(Path path, InputFile file, List<Reject> rejects) {
            return OfacAdvancedReader.read(file, rejects);
        }
    };

    /** Detection order: header-based CSV formats, then XML by root element, OFAC's headerless rows last. */
    public static final List<ListFormat> ALL = List.of(NATIVE, OPENSANCTIONS, CSL, UN, OFAC_ADVANCED, OFAC, ListStore.FORMAT);

    private ListFormats() {
    }

    public static List<String> ids() {
        return ALL.stream().map(ListFormat::id).toList();
    }

    public static ListFormat byId(String id) {
        return ALL.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }
}
