package id.suarawarga.archfixture.common;

import id.suarawarga.archfixture.alpha.AlphaService;

/** Bad: common depends on a feature. */
public class CommonHelper {
    public AlphaService feature;
}
