-- A simulated checkout nobody paid can be closed by the payment reconciliation job, as
-- WeChat Pay's close-order closes an unpaid prepay order.
ALTER TABLE simulated_checkouts DROP CONSTRAINT simulated_checkouts_status_ck;
ALTER TABLE simulated_checkouts
    ADD CONSTRAINT simulated_checkouts_status_ck CHECK (status IN ('OPEN', 'PAID', 'DECLINED', 'CLOSED'));
