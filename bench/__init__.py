"""hearme's benchmarks: speed, memory and scale as ratios against baselines run beside them.

Run every figure with ``python -m bench`` from the repository root (``make bench``).
"""
