# An independent re-implementation, in Python, of the bootstrap of org.conflictstats.stats.Bootstrap
# (SplitMix64, Lemire bounded draws, a position in the canonical list of clusters or, above the
# limit, an integer Vose alias table, Hyndman-Fan type 7 quantiles). BootstrapTest pins the values
# it prints: python3 bootstrap-reference.py
M=(1<<64)-1
class SM:
    def __init__(s, seed): s.state=seed & M
    def next(s):
        s.state=(s.state+0x9E3779B97F4A7C15)&M
        z=s.state
        z=((z^(z>>30))*0xBF58476D1CE4E5B9)&M
        z=((z^(z>>27))*0x94D049BB133111EB)&M
        return z^(z>>31)
    def bounded(s, bound):
        x=s.next(); low=(x*bound)&M
        if low < bound:
            t=((1<<64)-bound) % bound
            while low < t:
                x=s.next(); low=(x*bound)&M
        return (x*bound)>>64

def boot(clusters, kind, B, seed, level, expand_limit=1<<22):
    from collections import Counter
    cnt=Counter(clusters)
    vals=sorted(cnt)  # lexicographic (n, yN, yK)
    counts=[cnt[v] for v in vals]
    d=len(vals); k=sum(counts)
    n=[v[0] for v in vals]; y=[v[1] if kind=='N' else v[2] for v in vals]
    rng=SM(seed)
    if k<=expand_limit:
        index=[i for i in range(d) for _ in range(counts[i])]  # the canonical list of clusters
        draw=lambda: index[rng.bounded(k)]
    else:
        w=[c*d for c in counts]; small=[]; large=[]
        for i in range(d):
            (small if w[i]<k else large).append(i)
        thr=[0]*d; al=[0]*d
        while small and large:
            sm=small.pop(); g=large.pop()
            thr[sm]=w[sm]; al[sm]=g
            w[g]-=k-w[sm]
            (small if w[g]<k else large).append(g)
        while large:
            g=large.pop(); thr[g]=k; al[g]=g
        while small:
            sm=small.pop(); thr[sm]=k; al[sm]=sm
        def draw():
            c=rng.bounded(d); u=rng.bounded(k)
            return c if u<thr[c] else al[c]
    r=[]
    for b in range(B):
        sn=0; sy=0
        for i in range(k):
            j=draw(); sn+=n[j]; sy+=y[j]
        r.append(sy/sn)
    r.sort()
    tail=(1-level)/2
    def q(p):
        h=(B-1)*p; lo=int(h//1)
        if lo+1>=B: return r[-1]
        return r[lo]+(h-lo)*(r[lo+1]-r[lo])
    return q(tail), q(1-tail)
NIGHTS=[(120,110,79),(96,85,58),(140,128,90),(103,93,60),(40,40,40),(273,216,88),(96,85,58),(55,30,25)]
lo,hi=boot(NIGHTS,'N',2000,42,0.95)
print("[%.4f, %.4f]"%(lo,hi), repr(lo), repr(hi))
DISTINCT=[c for i, c in enumerate(NIGHTS) if i != 6]
lo,hi=boot(DISTINCT,'K',500,-3,0.9)
print("[%.4f, %.4f]"%(lo,hi), repr(lo), repr(hi))
lo,hi=boot(NIGHTS,'N',2000,42,0.95,expand_limit=0)
print("[%.4f, %.4f]"%(lo,hi), repr(lo), repr(hi))
