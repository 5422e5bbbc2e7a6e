package id.suarawarga.archfixture.access;

import id.suarawarga.archfixture.alpha.AlphaService;

/** Bad: access depends on a feature. */
public class AccessHelper {
    public AlphaService feature;
}
