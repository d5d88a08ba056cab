import { ApiProperty } from '@nestjs/swagger';
import type { SignedIn } from '../application/login.use-case';
import { AccountDto } from './account.dto';

/** An access token and the account it was issued to: the answer to a sign-up. */
export class SessionDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'Seconds until the access token expires.', example: 3600 })
  expiresIn!: number;

  @ApiProperty({ type: AccountDto })
  account!: AccountDto;

  static from(session: SignedIn): SessionDto {
    return {
      accessToken: session.accessToken,
      tokenType: session.tokenType,
      expiresIn: session.expiresIn,
      account: AccountDto.from(session.account),
    };
  }
}
