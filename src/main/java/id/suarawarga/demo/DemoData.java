package id.suarawarga.demo;

import id.suarawarga.region.RegionRequest;
import java.util.List;

/** The demo data file's shape ({@code demo/banjarmasin-2024.json}). */
record DemoData(RegionRequest region, int year, List<String> templates, List<DemoProgram> programs) {

    /**
     * A program of the demo region; {@code templates}, when given, are the ones that fit it (a program residents feel
     * without a service counter gets no SKM service elements), else the file's {@code templates}.
     */
    record DemoProgram(
            String name,
            String agency,
            String subDimension,
            Integer targetPopulation,
            String description,
            List<String> templates) {}
}
