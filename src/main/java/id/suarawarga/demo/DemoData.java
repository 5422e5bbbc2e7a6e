package id.suarawarga.demo;

import id.suarawarga.region.RegionRequest;
import java.util.List;

/** The demo data file's shape ({@code demo/banjarmasin-2024.json}). */
record DemoData(RegionRequest region, int year, List<String> templates, List<DemoProgram> programs) {

    /** A program of the demo region. */
    record DemoProgram(String name, String agency, String subDimension, Integer targetPopulation, String description) {}
}
