package id.suarawarga.response;

/** How a response arrived. */
public enum Channel {
    /** The server-rendered form at /s/{slug}. */
    WEB,
    /** The JSON API for kiosks and apps. */
    API
}
