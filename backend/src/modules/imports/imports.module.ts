import { Module } from '@nestjs/common';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

/** Earlier ZET rounds from CSV or XLSX, imported as finalised dagdelen through the evaluations services. */
@Module({
  imports: [EvaluationsModule],
  controllers: [ImportsController],
  providers: [ImportsService],
})
export class ImportsModule {}
