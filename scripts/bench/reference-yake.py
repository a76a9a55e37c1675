# Runs the reference YAKE (LIAAD/yake 0.3.6) with its default settings on one keyphrase set of the
# shared corpus and writes its top 10 per document to <out>/<docid>.txt, one per line; score them
# with Rung's own scorer:   npm run -s rung -- kp-score <out> --set <corpus>/keyphrase/<set>
#
#   python3 scripts/bench/reference-yake.py <set> <out>
#
# Needs the `yake` package importable (pip install yake==0.3.6, or LIAAD/yake's sources and segtok
# on PYTHONPATH). Not part of `npm run bench`: the bench prints the figures recorded with it.
import os
import sys
import warnings

import yake

warnings.filterwarnings('ignore')
here = os.path.dirname(os.path.abspath(__file__))
corpus = os.environ.get('RUNG_CORPUS', os.path.join(here, '..', '..', '..', 'shared', 'corpus'))
LAN = {'Inspec': 'en', 'SemEval2017': 'en', 'WikiNews': 'fr', '110-PT-BN-KP': 'pt'}
name, out = sys.argv[1], sys.argv[2]
kw = yake.KeywordExtractor(lan=LAN[name], n=3, dedupLim=0.9, dedupFunc='seqm', windowsSize=1, top=10)
src = os.path.join(corpus, 'keyphrase', name, 'docsutf8')
os.makedirs(out, exist_ok=True)
fails = 0
docs = sorted(f for f in os.listdir(src) if f.endswith('.txt'))
for f in docs:
    with open(os.path.join(src, f), encoding='utf-8') as fh:
        text = fh.read()
    try:
        keys = [k for (_, k) in kw.extract_keywords(text)]
    except Exception as e:  # one bad document must not stop the run; it scores 0
        fails += 1
        print(f'{name}/{f}: {type(e).__name__}: {e}', file=sys.stderr)
        keys = []
    with open(os.path.join(out, f), 'w', encoding='utf-8') as fh:
        fh.write(''.join(k + '\n' for k in keys))
print(f'{name}: {len(docs)} documents, {fails} failures')
