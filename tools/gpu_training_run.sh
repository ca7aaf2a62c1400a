#!/usr/bin/env bash
# The script of the recorded GPU run (README, "Training on a GPU"), as it ran on a bare H200 machine
# with no PyPI or model hub: `python -m tools.export compact --out .gpu/compact`, and in .whl/ the wheels
# the machine lacked (sentence-transformers 6.2.0, transformers 5.23.0, peft 0.21.2, datasets 5.2.0, dill,
# multiprocess, ranx, ir_datasets, orjson, lz4, cbor2, platformdirs); results go to $OUT. The second call
# (run 2) ran the lambda reranker alone with --epochs 1.25 --eval-steps 40 --patience 10 --time-limit-minutes 3.3.
# Local dry run: DEVICE=cpu DATA=tests/data/beir_small DEV_SPLIT=test TINY=1 OUT=/tmp/o PY=.venv/bin/python bash tools/gpu_training_run.sh
set -u
OUT=${OUT:?}; DEVICE=${DEVICE:-cuda}; DATA=${DATA:-data/benchmark}; DEV_SPLIT=${DEV_SPLIT:-dev}; PY=${PY:-python3}
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false MLMATCH_HOME=${MLMATCH_HOME:-/tmp/mlhome}
if [ "$DEVICE" = cuda ]; then
  $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
  export PYTHONPATH=/tmp/site:$PWD
fi
if [ -n "${TINY:-}" ]; then
  SIZE="--max-steps 3 --eval-steps 2 --dev-queries 4 --candidates 3"; BSIZE="--max-steps 2 --eval-steps 2 --dev-docs 32"
else
  SIZE="--epochs 6 --eval-steps 50 --patience 4 --dev-queries 84 --candidates 20"; BSIZE="--eval-steps 25"
fi
W=/tmp/gpuwork; rm -rf $W; mkdir -p $W
{ nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv; nproc
  $PY -c "import torch, transformers, sentence_transformers as st, peft; print(torch.__version__, transformers.__version__, st.__version__, peft.__version__, torch.cuda.is_available())"; } > $OUT/env.txt 2>&1
cat $OUT/env.txt
cp -r .gpu/compact $W/base && $PY $W/base/expand.py && rm $W/base/model.int8.safetensors
cp -r mlmatch/artifacts/biencoder $W/retriever   # the shipped fine-tuned retriever, on the compact base
$PY -c "import json, sys; p = sys.argv[1] + '/retriever/mlmatch_artifact.json'; m = json.load(open(p)); m['base'] = sys.argv[1] + '/base'; json.dump(m, open(p, 'w'))" $W

common="--train $DATA --dev-split $DEV_SPLIT --base $W/base --device $DEVICE"
for loss in lambda esci; do
  minutes=$([ $loss = lambda ] && echo 2.2 || echo 1.8)
  start=$(date +%s)
  $PY -m mlmatch.train reranker $common --retriever $W/retriever --loss $loss --langs-per-query 6 \
    --lora-r 32 --learning-rate 3e-4 --time-limit-minutes $minutes $SIZE --out $W/rr_$loss > $OUT/rr_$loss.log 2>&1
  echo "wall seconds: $(( $(date +%s) - start ))" >> $OUT/rr_$loss.log
  tail -n 30 $OUT/rr_$loss.log
  tar czf $OUT/rr_$loss.tgz -C $W rr_$loss
done
start=$(date +%s)
$PY -m mlmatch.train biencoder $common --batch-size 32 --time-limit-minutes 1.5 $BSIZE --out $W/biencoder > $OUT/biencoder.log 2>&1
echo "wall seconds: $(( $(date +%s) - start ))" >> $OUT/biencoder.log
tail -n 30 $OUT/biencoder.log
tar czf $OUT/biencoder.tgz -C $W biencoder
nvidia-smi >> $OUT/env.txt 2>&1
