package org.sanctionsmonitor.trade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.model.VesselEvent;
import org.sanctionsmonitor.normalize.HsCodes;
import org.sanctionsmonitor.normalize.Imo;
import org.sanctionsmonitor.normalize.Names;
import org.sanctionsmonitor.screening.IdentifierIssue;

/**
 * The mechanics behind the shipping and trade rules: HS-code prefixes, high-risk ports on a
 * shipment's route, positions inside watch areas, and listed vessels in vessel events (by IMO
 * number, or by name where the record gives no IMO). It emits candidate facts; rules decide.
 * Built once per run from the reference tables and the lists; read-only afterwards.
 */
public final class TradeScreening {

    private record ListedVesselName(ListedEntity entity, String name) {
    }

    private final TradeReference reference;
    private final Map<String, List<ListedEntity>> byImo = new HashMap<>();
    private final Map<String, List<ListedVesselName>> vesselsByName = new HashMap<>();
    private final double nameScore;

    public TradeScreening(TradeReference reference, List<EntityList> lists) {
        this.reference = reference;
        this.nameScore = reference.setting(TradeSetting.VESSEL_NAME_MATCH_SCORE).doubleValue();
        for (EntityList list : lists) {
            for (ListedEntity e : list.entities()) {
                for (String imo : e.imos()) {
                    List<ListedEntity> l = byImo.computeIfAbsent(imo, k -> new ArrayList<>());
                    if (!l.contains(e)) {
                        l.add(e);
                    }
                }
                if ("vessel".equals(e.type())) {
                    List<String> names = new ArrayList<>();
                    names.add(e.name());
                    names.addAll(e.aliases());
                    names.addAll(e.weakAliases());
                    for (String n : names) {
                        String key = Names.normalize(n);
                        if (key != null && !key.isEmpty()) {
                            List<ListedVesselName> l = vesselsByName.computeIfAbsent(key, k -> new ArrayList<>());
                            if (l.stream().noneMatch(x -> x.entity() == e)) {
                                l.add(new ListedVesselName(e, n));
                            }
                        }
                    }
                }
            }
        }
    }

    public TradeReference reference() {
        return reference;
    }

    /** HS prefixes and high-risk ports of a shipment. */
    public void screen(Shipment s, Consumer<Object> out) {
        prefixes(s, s.hsCode(), out);
        port(s, "port_of_loading", s.portOfLoading(), out);
        port(s, "port_of_discharge", s.portOfDischarge(), out);
        for (String p : s.transshipmentPorts()) {
            port(s, "transshipment_ports", p, out);
        }
    }

    private void port(Shipment s, String role, String name, Consumer<Object> out) {
        RiskPort p = reference.port(name);
        if (p != null) {
            out.accept(new RoutedPort(s, role, name, p));
        }
    }

    private static void prefixes(Subject s, String hsCode, Consumer<Object> out) {
        for (String p : HsCodes.prefixes(hsCode)) {
            out.accept(new HsPrefix(s, hsCode, p));
        }
    }

    /** Listed vessels (by IMO, else by name), invalid IMO numbers, HS prefixes and watch areas of a vessel event. */
    public void screen(VesselEvent e, Consumer<Object> out) {
        vessel(e, "vessel", "vessel_imo", e.vesselImo(), "vessel_name", e.vesselName(), out);
        vessel(e, "other_vessel", "other_vessel_imo", e.otherVesselImo(), "other_vessel_name", e.otherVesselName(), out);
        if (VesselEvent.NAME_CHANGE.equals(e.eventType()) && e.vesselImo() == null) {
            byName(e, "vessel", "previous_name", e.previousName(), out);
        }
        prefixes(e, e.hsCode(), out);
        for (WatchArea a : reference.areas()) {
            if (a.contains(e.latitude(), e.longitude())) {
                out.accept(new InArea(e, a));
            }
        }
    }

    private void vessel(VesselEvent e, String side, String imoField, String imoText, String nameField, String name,
            Consumer<Object> out) {
        if (imoText != null) {
            String problem = Imo.problem(imoText);
            if (problem != null) {
                out.accept(new IdentifierIssue(e, imoField, "IMO", imoText, problem));
                return;
            }
            String imo = Imo.normalize(imoText).orElseThrow();
            for (ListedEntity le : byImo.getOrDefault(imo, List.of())) {
                out.accept(new EventVesselMatch(e, side, imoField, imo, le, le.name(), "imo", 1.0));
            }
            return;
        }
        byName(e, side, nameField, name, out);
    }

    private void byName(VesselEvent e, String side, String field, String name, Consumer<Object> out) {
        if (name == null) {
            return;
        }
        Map<ListedEntity, String> seen = new LinkedHashMap<>();
        for (ListedVesselName n : vesselsByName.getOrDefault(Names.normalize(name), List.of())) {
            seen.putIfAbsent(n.entity(), n.name());
        }
        seen.forEach((entity, listed) -> out.accept(new EventVesselMatch(e, side, field, name, entity, listed, "name", nameScore)));
    }
}
