package id.suarawarga.region;

/** A second-level region of Indonesia. */
public enum RegionKind {
    KABUPATEN,
    KOTA
}
