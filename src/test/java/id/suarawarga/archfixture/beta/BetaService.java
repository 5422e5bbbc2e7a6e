package id.suarawarga.archfixture.beta;

import id.suarawarga.archfixture.alpha.AlphaService;

/** Bad: depends back on alpha, which depends on beta. */
public class BetaService {
    public AlphaService alpha;
}
