"""Reward lens on the real offline bases: at the last layer it reproduces the model's own score."""

import numpy as np
import pytest
import torch

from repshift.capture import capture
from repshift.config import CaptureSpec
from repshift.lens import lens_layers, lens_scores, reward_head
from repshift.models import load

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("base", ["me5-small", "smollm2-135m"])
def test_lens_at_last_layer_equals_the_score_on_a_real_base(base, builtin_pairs):
    from repshift.data.load import select

    pairs = select(builtin_pairs, languages=["ko"], split="test", limit=6)
    torch.manual_seed(0)
    model, tok = load.load_base(base)  # the head is untrained, but it is the head the lens must apply
    cap = capture(model, tok, pairs, CaptureSpec(batch_size=6))
    head = reward_head(model)
    last = cap.n_layers - 1
    sc, sr = lens_scores(head, cap, [last])
    np.testing.assert_allclose(sc[0], cap.score_chosen, atol=1e-4, rtol=1e-5)
    np.testing.assert_allclose(sr[0], cap.score_rejected, atol=1e-4, rtol=1e-5)
    assert 0 not in lens_layers(cap)
